using Enbek.Domain.Calendar;
using Enbek.Domain.Organisations;

namespace Enbek.Domain.Registry;

/// <summary>
/// A center's request to take over a person another center holds. The requesting center owns the
/// request; the holding center is its addressee and answers it. On acceptance the person and their
/// open items move; closed records stay with the center that made them.
/// </summary>
public class PersonTransfer : CenterOwnedRecord, IAddressed
{
    /// <summary>
    /// The programme text sets no term for this; the portal gives the holding center three working
    /// days, shown to both centers, so that a person is never left between two centers.
    /// </summary>
    public const int AnswerWithinWorkingDays = 3;

    public const string DeadlineRuleCode = "REG-TRANSFER-ANSWER";

    public long Id { get; set; }
    public long PersonId { get; set; }

    /// <summary>The IIN the requesting center typed: all it knows of the person until the transfer is accepted.</summary>
    public required string Iin { get; set; }


    /// <summary>The center that holds the person and must answer.</summary>
    public long AddresseeId { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public required string RequestedByName { get; set; }
    public string? Note { get; set; }
    public DateOnly DueOn { get; set; }
    public PersonTransferStatus Status { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnsweredByName { get; set; }
    public string? RefusalReason { get; set; }

    public static Deadline AnswerDeadline(WorkingDayCalendar calendar, DateOnly requestedOn) =>
        Deadline.WorkingDaysAfter(calendar, requestedOn, AnswerWithinWorkingDays, DeadlineRuleCode);
}
