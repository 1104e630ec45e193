using Enbek.Data;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Models;

public sealed class AddAmountPeriodFormValidator : AddPeriodFormValidator<AddAmountPeriodForm>
{
    public AddAmountPeriodFormValidator(IStringLocalizer<SharedResource> t)
        : base(t)
    {
        RuleFor(f => f.Kind).Must(k => k is EffectiveAmountRow.MinimumWage or EffectiveAmountRow.SubsistenceMinimum)
            .WithMessage(_ => t["Choose the minimum wage or the subsistence minimum."]);
    }
}
