using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Models;

public sealed class AddReceivingRegionFormValidator : AbstractValidator<AddReceivingRegionForm>
{
    public AddReceivingRegionFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.RegionId).NotNull().WithMessage(_ => t["Choose a region."]);
        RuleFor(f => f.ValidFrom).NotNull().WithMessage(_ => t["Enter the first day in the list."]);
        RuleFor(f => f.Basis).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Name the basis: the law or the Government decree."])
            .MaximumLength(500).WithMessage(_ => t["At most 500 characters."]);
    }
}
