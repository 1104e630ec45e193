using System.Linq.Expressions;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>Shape of a calendar day; whether a transfer falls on the right weekday is the domain's rule, checked by the service.</summary>
public sealed class SaveCalendarDayFormValidator : AbstractValidator<SaveCalendarDayForm>
{
    public SaveCalendarDayFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Date).NotNull().WithMessage(_ => t["Enter the date."]);
        RuleFor(f => f.Kind).NotNull().WithMessage(_ => t["Choose what kind of day it is."])
            .IsInEnum().WithMessage(_ => t["Choose what kind of day it is."]);
        Name(f => f.NameKk, t);
        Name(f => f.NameRu, t);
        Name(f => f.NameEn, t);
        RuleFor(f => f.Basis).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Name the basis: the law or the Government decree."])
            .MaximumLength(200).WithMessage(_ => t["At most 200 characters."]);
        RuleFor(f => f.RelatedDate).NotEqual(f => f.Date).When(f => f.RelatedDate is not null)
            .WithMessage(_ => t["The related day of a transfer is another day."]);
    }

    private void Name(Expression<Func<SaveCalendarDayForm, string?>> name, IStringLocalizer<SharedResource> t) =>
        RuleFor(name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Enter the name of the day in each language."])
            .MaximumLength(200).WithMessage(_ => t["At most 200 characters."]);
}
