using System.Globalization;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;

namespace Enbek.Bench.Seeding;

/// <summary>
/// Realistic reception visits: working days and hours in Kazakhstan, purposes in the proportions
/// centers report, outcomes that follow the purpose, an IIN for about two visits in three and a phone
/// for most. Deterministic for a given seed.
/// </summary>
public sealed class VisitGenerator(Random random)
{
    private static readonly (VisitPurpose Purpose, int Weight, VisitOutcome[] Outcomes)[] Purposes =
    [
        (VisitPurpose.Consultation, 30, [VisitOutcome.Consulted, VisitOutcome.Consulted, VisitOutcome.RedirectedElsewhere]),
        (VisitPurpose.Registration, 15, [VisitOutcome.RegisteredAsJobSeeker, VisitOutcome.RegisteredAsJobSeeker, VisitOutcome.DocumentsRequested]),
        (VisitPurpose.ProgrammeApplication, 12, [VisitOutcome.ApplicationAccepted, VisitOutcome.ApplicationAccepted, VisitOutcome.DocumentsRequested]),
        (VisitPurpose.VacancySearch, 15, [VisitOutcome.ReferredToVacancy, VisitOutcome.ReferredToVacancy, VisitOutcome.Consulted]),
        (VisitPurpose.Training, 7, [VisitOutcome.ReferredToMeasure, VisitOutcome.ApplicationAccepted, VisitOutcome.Consulted]),
        (VisitPurpose.Entrepreneurship, 6, [VisitOutcome.ReferredToMeasure, VisitOutcome.ApplicationAccepted, VisitOutcome.Consulted]),
        (VisitPurpose.SocialPayments, 8, [VisitOutcome.RedirectedElsewhere, VisitOutcome.Consulted, VisitOutcome.DocumentsRequested]),
        (VisitPurpose.Documents, 5, [VisitOutcome.DocumentsRequested, VisitOutcome.Consulted]),
        (VisitPurpose.Other, 2, [VisitOutcome.Other, VisitOutcome.Consulted]),
    ];

    private static readonly int PurposeWeightTotal = Purposes.Sum(p => p.Weight);

    private static readonly VisitOutcome[] AllOutcomes = Enum.GetValues<VisitOutcome>();

    private static readonly string[] MobilePrefixes = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"];

    private static readonly string[] Notes =
    [
        "Повторное обращение", "Құжаттар толық емес", "Направлен на краткосрочное обучение", "Кеңес берілді",
        "Нужна справка с места жительства", "Ақпарат телефон арқылы берілді", "Записан на приём к консультанту",
        "Әлеуметтік келісімшарт бойынша",
    ];

    public SeedVisit Next(SeedCenter center, DateTimeOffset visitedAt)
    {
        var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
        var visitDate = DateOnly.FromDateTime(visitedAt.UtcDateTime);
        var birthDate = visitDate.AddYears(-16 - random.Next(49)).AddDays(-random.Next(365));
        var (purpose, outcome) = PurposeAndOutcome();
        return new SeedVisit(
            visitedAt,
            PeopleNames.Full(random, sex),
            random.Next(100) < 65 ? SeedIin.For(birthDate, sex, random) : null,
            random.Next(100) < 70 ? Phone() : null,
            purpose,
            outcome,
            random.Next(100) < 8 ? Notes[random.Next(Notes.Length)] : null,
            center.Clerks[random.Next(center.Clerks.Count)],
            visitedAt.AddMinutes(1 + random.Next(15)));
    }

    private (VisitPurpose, VisitOutcome) PurposeAndOutcome()
    {
        var roll = random.Next(PurposeWeightTotal);
        foreach (var (purpose, weight, outcomes) in Purposes)
        {
            if (roll < weight)
            {
                // One visit in ten ends other than its purpose suggests.
                var outcome = random.Next(10) == 0 ? AllOutcomes[random.Next(AllOutcomes.Length)] : outcomes[random.Next(outcomes.Length)];
                return (purpose, outcome);
            }

            roll -= weight;
        }

        throw new InvalidOperationException("purpose weights do not add up");
    }

    private string Phone() => string.Create(
        CultureInfo.InvariantCulture,
        $"+7 {MobilePrefixes[random.Next(MobilePrefixes.Length)]} {random.Next(1000):D3} {random.Next(100):D2} {random.Next(100):D2}");
}
