using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Models;

public sealed class AddMciPeriodFormValidator : AddPeriodFormValidator<AddMciPeriodForm>
{
    public AddMciPeriodFormValidator(IStringLocalizer<SharedResource> t)
        : base(t)
    {
        RuleFor(f => f.TengeFinesTaxesOther).Must(v => string.IsNullOrWhiteSpace(v) || TengeInput.IsPositive(v))
            .WithMessage(_ => t["Enter a positive amount in tenge, such as 4325 or 4325,50."]);
    }
}
