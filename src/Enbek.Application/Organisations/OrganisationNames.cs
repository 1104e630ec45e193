namespace Enbek.Application.Organisations;

/// <summary>What an administrator may change on an existing organisation: its names and its BIN.</summary>
public sealed record OrganisationNames(string NameKk, string NameRu, string NameEn, string? Bin);
