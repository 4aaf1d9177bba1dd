
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'figure.about': str`circa ${0}`,
'figure.over': str`oltre ${0}`,
's00f79f6dc3feb792': `Luogo:`,
's013344524c8c52ec': `Partner:`,
's0fd75cc6a1aad906': `Notizie`,
's165d4497c9a6b52a': `Tappe`,
's1a524764eb07bc94': `Nessuna notizia scelta: indica nell’attributo article l’id di una notizia.`,
's1f474e057250ad99': `Si è verificato un problema durante la visualizzazione di questo contenuto.`,
's2eee64f626419fdd': str`Il valore di ${0} non è valido ed è stato ignorato.`,
's321f9ffbc1108624': `L’indirizzo della fonte dei contenuti non è un indirizzo web.`,
's3a82d0f16ec3d3b6': str`Non esiste un partenariato con l’id “${0}”. Controlla l’attributo partnership.`,
's3c901bfeeece4650': `Caricamento della notizia…`,
's4064f9f53513e533': `La fonte dei contenuti non ha risposto in tempo. Riprova più tardi.`,
's4627a9667a335f23': `In programma`,
's48697e38ef740a83': `Alcune voci della fonte dei contenuti non sono valide e sono state omesse.`,
's6ebc9bd6feae62a3': `Caricamento…`,
's7d829a62125c1425': `Non ci sono ancora notizie da mostrare.`,
's821fefba08c377b0': `La fonte dei contenuti non è nel formato previsto.`,
's89dee9b3d0a2fb34': `La fonte dei contenuti non ha inviato dati JSON.`,
's952d1b52f2b5585f': `Nessun partenariato scelto: indica nell’attributo partnership l’id di un partenariato.`,
'sa7cad9db69bdea9d': `Impossibile mostrare questo contenuto.`,
'sadfc2e2a1562ffae': str`Non esiste una notizia con l’id “${0}”. Controlla l’attributo article.`,
'sbeebef6822cb4e84': str`Leggi l’articolo completo su ${0}`,
'sc3f8a8b83217179a': `La fonte dei contenuti è troppo grande per essere caricata.`,
'sdb05cce9c72ec920': `Per questo partenariato non sono ancora state pubblicate tappe.`,
'sdb3bc05d2ad03e32': `Organizzazioni:`,
'se03a21252df762e2': `Impossibile caricare la fonte dei contenuti.`,
'se621b4a7802b4469': `Leggi l’articolo completo`,
'sf396f969fbfa11f5': str`Non esiste un’organizzazione con l’id “${0}”. Controlla l’attributo organization.`,
'sf4dd65a90a4fe2d1': `Data non indicata`,
'sf758483608b0f309': `Data non annunciata`,
    };
  