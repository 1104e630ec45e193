using Enbek.Application.Common;
using Enbek.Application.Registry.Participation;

namespace Enbek.Web.Areas.Registry.Models;

public sealed record ApplicationListViewModel(ApplicationFilter Filter, Page<ApplicationRow> Page, bool CanChange);

public sealed record ApplicationFormViewModel(SubmitApplicationForm Form, string PersonName);

public sealed record ApplicationDetailsViewModel(ApplicationDetails Details, DecideApplicationForm Decide, bool CanChange);

public sealed record ContractListViewModel(ContractFilter Filter, Page<ContractRow> Page);

public sealed record ContractFormViewModel(SignSocialContractForm Form, ApplicationDetails Application);

public sealed record ContractDetailsViewModel(ContractDetails Details, ContractStepForm StepForm, bool CanChange);

/// <summary>Measures as checkboxes grouped by direction; only <see cref="Allowed"/> ones are offered when it is given.</summary>
public sealed record MeasureChoiceViewModel(
    string FieldName, IReadOnlyCollection<Enbek.Domain.Registry.ProgrammeMeasure> Selected, IReadOnlyCollection<Enbek.Domain.Registry.ProgrammeMeasure>? Allowed = null);
