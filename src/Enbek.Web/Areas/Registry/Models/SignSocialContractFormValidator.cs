using Enbek.Domain.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class SignSocialContractFormValidator : AbstractValidator<SignSocialContractForm>
{
    public SignSocialContractFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.SignedOn).NotNull().WithMessage(_ => t["Enter the date of signing."]);
        RuleFor(f => f.TermStart).NotNull().WithMessage(_ => t["Enter the first day of the term."]);
        RuleFor(f => f.TermEnd).NotNull().WithMessage(_ => t["Enter the last day of the term."]);
        RuleFor(f => f.Measures).NotEmpty().WithMessage(_ => t["Choose at least one measure."]);
        RuleFor(f => f.CenterObligations).NotEmpty().WithMessage(_ => t["Write the obligations."]).MaximumLength(4000).WithMessage(_ => t["At most 4000 characters."]);
        RuleFor(f => f.ParticipantObligations).NotEmpty().WithMessage(_ => t["Write the obligations."]).MaximumLength(4000).WithMessage(_ => t["At most 4000 characters."]);
        RuleFor(f => f.EmployerBin).Must(b => Bin.IsValid(b!.Trim())).When(f => !string.IsNullOrWhiteSpace(f.EmployerBin))
            .WithMessage(_ => t["The BIN is not valid: 12 digits with a correct check digit."]);
        RuleFor(f => f.EmployerObligations).NotEmpty().When(f => !string.IsNullOrWhiteSpace(f.EmployerBin)).WithMessage(_ => t["Write the obligations."])
            .MaximumLength(4000).WithMessage(_ => t["At most 4000 characters."]);
        RuleFor(f => f.EmployerSignatoryName).MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
    }
}
