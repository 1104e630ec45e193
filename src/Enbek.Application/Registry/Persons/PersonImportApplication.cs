using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// The application a row of an imported file carries with its person, as far as its cells could be
/// read; the fields are named as in <see cref="Participation.SubmitApplication"/>, so refusals stand on
/// the same fields as in the form.
/// </summary>
public sealed record PersonImportApplication(DateOnly? AppliedOn, ApplicantCategory? Category, IReadOnlyList<ProgrammeMeasure> Measures, string? Note);
