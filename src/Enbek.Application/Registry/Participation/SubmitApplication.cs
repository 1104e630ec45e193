using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

/// <summary>What a clerk enters to register an application.</summary>
public sealed record SubmitApplication(long PersonId, DateOnly AppliedOn, ApplicantCategory Category, IReadOnlyList<ProgrammeMeasure> Measures, string? Note);
