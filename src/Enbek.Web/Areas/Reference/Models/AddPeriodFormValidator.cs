using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>Rules every new period shares; whether the date may follow the last period is the service's answer.</summary>
public abstract class AddPeriodFormValidator<TForm> : AbstractValidator<TForm>
    where TForm : AddPeriodForm
{
    protected AddPeriodFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.ValidFrom).NotNull().WithMessage(_ => t["Enter the first day of the period."]);
        RuleFor(f => f.Tenge).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Enter the amount in tenge."])
            .Must(TengeInput.IsPositive).WithMessage(_ => t["Enter a positive amount in tenge, such as 4325 or 4325,50."]);
        RuleFor(f => f.Source).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Name the source: the law and its date."])
            .MaximumLength(1000).WithMessage(_ => t["At most 1000 characters."]);
    }
}
