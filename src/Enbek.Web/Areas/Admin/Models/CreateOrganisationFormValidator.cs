using Enbek.Domain.Organisations;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class CreateOrganisationFormValidator : AbstractValidator<CreateOrganisationForm>
{
    public CreateOrganisationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Kind).NotNull().WithMessage(_ => t["Choose the kind of organisation."])
            .IsInEnum().WithMessage(_ => t["Choose the kind of organisation."]);
        RuleFor(f => f.LenderKind).NotNull().WithMessage(_ => t["Choose the kind of lender."])
            .IsInEnum().WithMessage(_ => t["Choose the kind of lender."])
            .When(f => f.Kind == OrganisationKind.Lender);
        Include(new OrganisationNamesFormValidator(t));
        RuleFor(f => f.RegionId).NotNull().WithMessage(_ => t["Choose the region."])
            .When(f => f.Kind is { } kind && OrganisationScope.LevelOf(kind) is ScopeLevel.Region or ScopeLevel.District or ScopeLevel.Center);
        RuleFor(f => f.DistrictId).NotNull().WithMessage(_ => t["Choose the district."])
            .When(f => f.Kind is { } kind && OrganisationScope.LevelOf(kind) is ScopeLevel.District or ScopeLevel.Center);
    }
}
