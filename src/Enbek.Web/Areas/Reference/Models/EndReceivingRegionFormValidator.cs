using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Models;

public sealed class EndReceivingRegionFormValidator : AbstractValidator<EndReceivingRegionForm>
{
    public EndReceivingRegionFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.LastDay).NotNull().WithMessage(_ => t["Enter the last day in the list."]);
    }
}
