namespace Enbek.Web.Infrastructure;

/// <summary>Who uploaded a file to import: the user and the center it is imported into, both from the sign-in.</summary>
public sealed record ImportOwner(long UserId, long CenterId);
