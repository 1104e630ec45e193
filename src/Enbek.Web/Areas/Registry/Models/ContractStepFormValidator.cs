using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>The form's shape; the order of steps and the termination's reason are <c>SocialContractTransitionRule</c>'s to say.</summary>
public sealed class ContractStepFormValidator : AbstractValidator<ContractStepForm>
{
    public ContractStepFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Step).NotNull().WithMessage(_ => t["Choose the step."]).IsInEnum();
        RuleFor(f => f.On).NotNull().WithMessage(_ => t["Enter the date."]);
        RuleFor(f => f.TerminationText).MaximumLength(1000).WithMessage(_ => t["At most 1000 characters."]);
    }
}
