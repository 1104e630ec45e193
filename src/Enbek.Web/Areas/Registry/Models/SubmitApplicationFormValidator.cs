using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class SubmitApplicationFormValidator : AbstractValidator<SubmitApplicationForm>
{
    public SubmitApplicationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.AppliedOn).NotNull().WithMessage(_ => t["Enter the date of the application."]);
        RuleFor(f => f.Category).NotNull().WithMessage(_ => t["Choose the applicant's category."]).IsInEnum();
        RuleFor(f => f.Measures).NotEmpty().WithMessage(_ => t["Choose at least one measure."]);
        RuleFor(f => f.Note).MaximumLength(1000).WithMessage(_ => t["At most 1000 characters."]);
    }
}
