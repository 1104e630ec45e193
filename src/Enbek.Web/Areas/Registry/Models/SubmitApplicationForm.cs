using Enbek.Application.Registry.Participation;
using Enbek.Domain.Registry;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class SubmitApplicationForm
{
    public long PersonId { get; set; }
    public DateOnly? AppliedOn { get; set; }
    public ApplicantCategory? Category { get; set; }
    public List<ProgrammeMeasure> Measures { get; set; } = [];
    public string? Note { get; set; }

    /// <summary>Valid only after the validator has passed.</summary>
    public SubmitApplication ToEntry() => new(PersonId, AppliedOn!.Value, Category!.Value, Measures, Note);
}
