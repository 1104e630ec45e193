// The print page's "Print" button (inline handlers are refused by the content security policy).
document.getElementById('print-now')?.addEventListener('click', () => window.print());
