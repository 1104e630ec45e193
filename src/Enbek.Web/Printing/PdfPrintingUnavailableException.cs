namespace Enbek.Web.Printing;

/// <summary>The PDF could not be made (no chromium, a crash, a timeout); the print page still works.</summary>
public sealed class PdfPrintingUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
