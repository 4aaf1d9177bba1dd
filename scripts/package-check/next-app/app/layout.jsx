// The widgets read the content API the app serves from public/ (copy-widget-files.mjs).
export const metadata = { title: 'iom-widgets in Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }) {
  return (
    <html lang="en" data-iom-content-api="/iom-widgets/content/">
      <body>{children}</body>
    </html>
  );
}
