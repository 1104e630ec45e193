namespace Enbek.Web.Printing;

/// <summary>A record's link to one of its printed documents (an action of the Print controller).</summary>
public sealed record PrintLink(string Id, string Caption, string Action, long RecordId);
