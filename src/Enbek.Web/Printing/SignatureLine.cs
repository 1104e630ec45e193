namespace Enbek.Web.Printing;

/// <summary>A place to sign under a document: whose signature, and the name printed under the line.</summary>
public sealed record SignatureLine(string Caption, string Name);
