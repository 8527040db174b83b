/** The title and subtitle: in the header, and in the loading shell that index.html paints before any script runs. */
export function AppBrand() {
  return (
    <div className="app-header__brand">
      <h1>SCO Atlas</h1>
      <p className="app-header__subtitle">The Shanghai Cooperation Organisation: membership, themes and voices</p>
    </div>
  );
}
