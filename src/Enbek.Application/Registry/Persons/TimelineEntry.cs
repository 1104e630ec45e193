namespace Enbek.Application.Registry.Persons;

/// <summary>
/// One dated event of a person's case: a resource key with its arguments (each argument is shown
/// through the resources too, so status and reason names read in the reader's language), and the
/// page it links to. Each section of the case file (registration, statuses, applications, contracts,
/// transfers, and later each measure) adds its own entries.
/// </summary>
public sealed record TimelineEntry(DateOnly On, string MessageKey, IReadOnlyList<string> Arguments, string? LinkController = null, long? LinkId = null);
