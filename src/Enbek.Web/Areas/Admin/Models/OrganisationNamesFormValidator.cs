using Enbek.Domain.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class OrganisationNamesFormValidator : AbstractValidator<IOrganisationNamesForm>
{
    public OrganisationNamesFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.NameKk).NotEmpty().WithMessage(_ => t["Enter the name in Kazakh."])
            .MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
        RuleFor(f => f.NameRu).NotEmpty().WithMessage(_ => t["Enter the name in Russian."])
            .MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
        RuleFor(f => f.NameEn).NotEmpty().WithMessage(_ => t["Enter the name in English."])
            .MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
        RuleFor(f => f.Bin).Must(bin => string.IsNullOrWhiteSpace(bin) || Bin.IsValid(bin))
            .WithMessage(_ => t["The BIN is not valid: 12 digits with a correct check digit."]);
    }
}
