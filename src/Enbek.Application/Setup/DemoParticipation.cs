using Enbek.Domain.Registry;

namespace Enbek.Application.Setup;

/// <summary>
/// Applications and social contracts for about half of a center's demo people: some waiting for a
/// decision, some refused, the rest included with a contract in every state of its life, a few of them
/// ending within 30 days.
/// </summary>
public static class DemoParticipation
{
    private const string Clerk = "Динара Омарова";

    private static readonly ProgrammeMeasure[][] MeasureSets =
    [
        [ProgrammeMeasure.ShortTermTraining, ProgrammeMeasure.VacancyPlacement],
        [ProgrammeMeasure.PublicWorks],
        [ProgrammeMeasure.BastauBusiness, ProgrammeMeasure.Microcredit],
        [ProgrammeMeasure.YouthPractice],
        [ProgrammeMeasure.SocialJob, ProgrammeMeasure.Retraining],
        [ProgrammeMeasure.LabourMobility, ProgrammeMeasure.VacancyPlacement],
    ];

    private const string CenterObligations =
        "1. Қатысушыға Бағдарлама іс-шаралары бойынша кеңес беру.\n2. Қатысушыны келісімшарттағы іс-шараларға жолдау және мемлекеттік қолдау шараларын көрсету.\n3. Келісімшарттың орындалуына мониторинг жүргізу.";

    private const string ParticipantObligations =
        "1. Келісімшартта көрсетілген іс-шараларға қатысу.\n2. Жұмысқа орналасқаны туралы 5 жұмыс күні ішінде орталықты хабардар ету.\n3. Шынайы мәліметтер ұсыну.";

    /// <summary>The applications of every second person registered at least 60 days before today, each with the contract its state calls for.</summary>
    public static List<(ProgrammeApplication Application, SocialContract? Contract)> For(IReadOnlyList<Person> persons, DateOnly today, DateTimeOffset now)
    {
        var result = new List<(ProgrammeApplication, SocialContract?)>();
        var eligible = persons.Where(p => !p.IsVoided && p.RegisteredOn <= today.AddDays(-60)).OrderBy(p => p.Id).Where((_, i) => i % 2 == 0).ToList();
        for (var k = 0; k < eligible.Count; k++)
        {
            var person = eligible[k];
            var applied = person.RegisteredOn.AddDays(2);
            var application = new ProgrammeApplication
            {
                PersonId = person.Id,
                CenterId = person.CenterId,
                AppliedOn = applied,
                Category = Enum.TryParse<ApplicantCategory>(person.Status.ToString(), out var category) ? category : ApplicantCategory.JobSeeker,
                RequestedMeasures = [.. MeasureSets[k % MeasureSets.Length]],
                RecordedAt = now,
                RecordedByName = Clerk,
            };
            var decided = applied.AddDays(5);
            var state = k % 6;
            if (state == 0)
            {
                result.Add((application, null));
                continue;
            }

            if (state == 1)
            {
                application.Refuse(decided, Clerk, (ApplicationRefusalReason)(k / 6 % 6), null, "[]");
                result.Add((application, null));
                continue;
            }

            application.Include(decided, Clerk, "[]");
            result.Add((application, Contract(person, application, decided, today, now, state, k)));
        }

        return result;
    }

    private static SocialContract Contract(Person person, ProgrammeApplication application, DateOnly signed, DateOnly today, DateTimeOffset now, int state, int k)
    {
        var contract = new SocialContract
        {
            PersonId = person.Id,
            CenterId = person.CenterId,
            SignedOn = signed,
            TermStart = signed,
            TermEnd = signed.AddDays(365) > today.AddDays(60) ? signed.AddDays(365) : today.AddDays(60),
            Measures = [application.RequestedMeasures[0]],
            CenterObligations = CenterObligations,
            ParticipantObligations = ParticipantObligations,
            CenterSignatoryName = Clerk,
            ParticipantName = person.FullName,
            Status = SocialContractStatus.Signed,
            RecordedAt = now,
        };
        switch (state)
        {
            case 2:
                // Signed, its term begins next week.
                contract.TermStart = today.AddDays(7);
                contract.TermEnd = today.AddDays(187);
                break;
            case 3:
                // In force; every other one ends within 30 days.
                contract.TermEnd = k % 4 == 3 ? today.AddDays(3 + (k % 25)) : today.AddDays(120);
                contract.PutInForce(signed, today);
                break;
            case 4:
                contract.TermEnd = signed.AddDays(30);
                contract.PutInForce(signed, today);
                contract.Complete(contract.TermEnd, today);
                break;
            default:
                contract.PutInForce(signed, today);
                contract.Terminate(signed.AddDays(20), today, (ContractTerminationReason)(k % 5), null);
                break;
        }

        return contract;
    }
}
