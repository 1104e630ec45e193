using Enbek.Domain.Registry;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>The form's shape; whether a refusal gives its reason is <c>RefusalReasonRule</c>'s to say (the service asks it).</summary>
public sealed class DecideApplicationFormValidator : AbstractValidator<DecideApplicationForm>
{
    public DecideApplicationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Decision).NotNull().NotEqual(ApplicationDecision.Pending).WithMessage(_ => t["Choose the decision."]);
        RuleFor(f => f.DecidedOn).NotNull().WithMessage(_ => t["Enter the date of the decision."]);
        RuleFor(f => f.RefusalText).MaximumLength(1000).WithMessage(_ => t["At most 1000 characters."]);
    }
}
