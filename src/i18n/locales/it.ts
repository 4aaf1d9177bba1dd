
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
's200040bdf8716760': `Pubblicazioni:`,
's2281c1acc3ca0a52': `Nessun progetto scelto: indica nell’attributo project l’id di un progetto.`,
's2eee64f626419fdd': str`Il valore di ${0} non è valido ed è stato ignorato.`,
's321f9ffbc1108624': `L’indirizzo della fonte dei contenuti non è un indirizzo web.`,
's3a82d0f16ec3d3b6': str`Non esiste un partenariato con l’id “${0}”. Controlla l’attributo partnership.`,
's3c901bfeeece4650': `Caricamento della notizia…`,
's4064f9f53513e533': `La fonte dei contenuti non ha risposto in tempo. Riprova più tardi.`,
's448a9dd518050267': `Altri paesi`,
's4627a9667a335f23': `In programma`,
's48697e38ef740a83': `Alcune voci della fonte dei contenuti non sono valide e sono state omesse.`,
's57168934e652d0a0': str`Non esiste un progetto con l’id “${0}”. Controlla l’attributo project.`,
's5e0a3244eff8d9e4': `Questo progetto non indica alcun paese.`,
's662062338b11802e': str`Paesi (${0}):`,
's6aaa6d5fdcef57f4': `Paesi del progetto`,
's6ebc9bd6feae62a3': `Caricamento…`,
's6f7139f5d4cfe949': `I confini e i nomi indicati su questa mappa non implicano approvazione o accettazione ufficiale.`,
's76d4ee8d8d174897': `Progetto in corso`,
's7d829a62125c1425': `Non ci sono ancora notizie da mostrare.`,
's821fefba08c377b0': `La fonte dei contenuti non è nel formato previsto.`,
's89dee9b3d0a2fb34': `La fonte dei contenuti non ha inviato dati JSON.`,
's8c2040fd0c5a3f5c': `Progetto in preparazione`,
's90d47faebf06e5d2': `Mappa dei paesi del progetto`,
's952d1b52f2b5585f': `Nessun partenariato scelto: indica nell’attributo partnership l’id di un partenariato.`,
's9756f63b31ae14f5': str`(in ${0})`,
'sa7cad9db69bdea9d': `Impossibile mostrare questo contenuto.`,
'sabb7a0222d21088d': str`“${0}” non è un codice di paese noto e non viene mostrato.`,
'sadfc2e2a1562ffae': str`Non esiste una notizia con l’id “${0}”. Controlla l’attributo article.`,
'sbeebef6822cb4e84': str`Leggi l’articolo completo su ${0}`,
'sc3f8a8b83217179a': `La fonte dei contenuti è troppo grande per essere caricata.`,
'sc721bf15ef25bd1b': `Contatto:`,
'sdb05cce9c72ec920': `Per questo partenariato non sono ancora state pubblicate tappe.`,
'sdb3bc05d2ad03e32': `Organizzazioni:`,
'se03a21252df762e2': `Impossibile caricare la fonte dei contenuti.`,
'se4a8c81791676cd6': `(fuori dall’area di questa mappa)`,
'se621b4a7802b4469': `Leggi l’articolo completo`,
'sf396f969fbfa11f5': str`Non esiste un’organizzazione con l’id “${0}”. Controlla l’attributo organization.`,
'sf4dd65a90a4fe2d1': `Data non indicata`,
'sf758483608b0f309': `Data non annunciata`,
'sfa60c33d02796f41': `Progetto concluso`,
    };
  