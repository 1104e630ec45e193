using Enbek.Application.Registry.Participation;
using Enbek.Domain.Registry;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class SignSocialContractForm
{
    public long ApplicationId { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }
    public List<ProgrammeMeasure> Measures { get; set; } = [];
    public string CenterObligations { get; set; } = string.Empty;
    public string ParticipantObligations { get; set; } = string.Empty;
    public string? EmployerBin { get; set; }
    public string? EmployerObligations { get; set; }
    public string? EmployerSignatoryName { get; set; }

    /// <summary>Valid only after the validator has passed.</summary>
    public SignSocialContract ToEntry() => new(
        ApplicationId, SignedOn!.Value, TermStart!.Value, TermEnd!.Value, Measures, CenterObligations, ParticipantObligations,
        EmployerBin, EmployerObligations, EmployerSignatoryName);
}
