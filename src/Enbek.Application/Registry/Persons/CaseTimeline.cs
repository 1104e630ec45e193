using Enbek.Application.Registry.Participation;
using Enbek.Domain.Calendar;
using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

/// <summary>Builds the case file's one ordered list of dated events from its sections, oldest first.</summary>
public static class CaseTimeline
{
    public static IReadOnlyList<TimelineEntry> Of(
        Person person, IEnumerable<EmploymentStatusChange> statuses, IEnumerable<TransferRow> transfers,
        IEnumerable<ApplicationSummary> applications, IEnumerable<ContractSummary> contracts)
    {
        var entries = new List<TimelineEntry> { new(person.RegisteredOn, "Registered at the employment center", []) };
        entries.AddRange(statuses.Select(s => new TimelineEntry(s.Since, "Status: {0}", ["EmploymentStatus." + s.Status])));
        entries.AddRange(transfers.Where(t => t.Status == PersonTransferStatus.Accepted && t.AnsweredAt is not null).Select(t => new TimelineEntry(
            KazakhstanTime.LocalDate(t.AnsweredAt!.Value, KazakhstanTime.NationalZone), "Moved from {0} to {1}", [t.HoldingCenter.ToString(), t.RequestingCenter.ToString()])));
        foreach (var a in applications)
        {
            var link = a.HeldHere ? "Applications" : null;
            entries.Add(new TimelineEntry(a.AppliedOn, "Application {0} registered", [a.Number], link, a.Id));
            if (a.DecidedOn is { } decided)
            {
                entries.Add(a.Decision == ApplicationDecision.Included
                    ? new TimelineEntry(decided, "Application {0}: included as a participant", [a.Number], link, a.Id)
                    : new TimelineEntry(decided, "Application {0}: refused ({1})", [a.Number, "ApplicationRefusalReason." + a.RefusalReason], link, a.Id));
            }
        }

        foreach (var c in contracts)
        {
            var link = c.HeldHere ? "SocialContracts" : null;
            entries.Add(new TimelineEntry(c.SignedOn, "Social contract {0} signed", [c.Number], link, c.Id));
            if (c.InForceOn is { } inForce)
            {
                entries.Add(new TimelineEntry(inForce, "Social contract {0} in force", [c.Number], link, c.Id));
            }

            if (c.CompletedOn is { } completed)
            {
                entries.Add(new TimelineEntry(completed, "Social contract {0} completed", [c.Number], link, c.Id));
            }

            if (c.TerminatedOn is { } terminated)
            {
                entries.Add(new TimelineEntry(terminated, "Social contract {0} terminated ({1})", [c.Number, "ContractTerminationReason." + c.TerminationReason], link, c.Id));
            }
        }

        return [.. entries.OrderBy(e => e.On)];
    }
}
