using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class RegisterPersonFormValidator : AbstractValidator<RegisterPersonForm>
{
    public RegisterPersonFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        var today = KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
        RuleFor(f => f.ConsentConfirmed).Equal(true)
            .WithMessage(_ => t["Record the person's consent to the processing of personal data before anything else."]);
        RuleFor(f => f.ConsentGivenOn).NotNull().WithMessage(_ => t["Enter the date of the consent."])
            .Must(d => d is null || d <= today).WithMessage(_ => t["The consent cannot be dated in the future."]);
        RuleFor(f => f.ConsentForm).NotNull().WithMessage(_ => t["Choose how the consent was given."]).IsInEnum();
        RuleFor(f => f.Iin).Must(iin => Iin.TryParse(iin, out _))
            .WithMessage(_ => t["The IIN is not valid: 12 digits with a correct check digit and birth date."]);
        RuleFor(f => f.Surname).NotEmpty().WithMessage(_ => t["Enter the surname."]).MaximumLength(100).WithMessage(_ => t["At most 100 characters."])
            .Must(PersonNameRules.IsCyrillicName).WithMessage(_ => t["Write the name in Cyrillic letters."]);
        RuleFor(f => f.FirstName).NotEmpty().WithMessage(_ => t["Enter the name."]).MaximumLength(100).WithMessage(_ => t["At most 100 characters."])
            .Must(PersonNameRules.IsCyrillicName).WithMessage(_ => t["Write the name in Cyrillic letters."]);
        RuleFor(f => f.Patronymic).MaximumLength(100).WithMessage(_ => t["At most 100 characters."])
            .Must(PersonNameRules.IsCyrillicName).WithMessage(_ => t["Write the name in Cyrillic letters."]);
        RuleFor(f => f.BirthDate).NotNull().WithMessage(_ => t["Enter the birth date."])
            .Must(d => d is null || d <= today).WithMessage(_ => t["The birth date cannot be in the future."]);
        RuleFor(f => f.Sex).NotNull().WithMessage(_ => t["Choose the sex."]).IsInEnum();
        RuleFor(f => f.Phone).MaximumLength(30).Matches(@"^[0-9+()\- ]*$")
            .WithMessage(_ => t["The phone number may hold digits, spaces, +, - and brackets."]);
        RuleFor(f => f.Email).MaximumLength(200).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email))
            .WithMessage(_ => t["The e-mail address is not valid."]);
        RuleFor(f => f.AddressDistrictId).Null().When(f => f.AddressRegionId is null)
            .WithMessage(_ => t["Choose the region first."]);
        RuleFor(f => f.AddressStreet).MaximumLength(200).WithMessage(_ => t["At most 200 characters."]);
        RuleFor(f => f.AddressHouse).MaximumLength(50).WithMessage(_ => t["At most 50 characters."]);
        RuleFor(f => f.Education).NotNull().WithMessage(_ => t["Choose the education level."]).IsInEnum();
        RuleFor(f => f.Status).NotNull().WithMessage(_ => t["Choose the employment status."]).IsInEnum();
        RuleFor(f => f.StatusSince).NotNull().WithMessage(_ => t["Enter the date the status began."])
            .Must(d => d is null || d <= today).WithMessage(_ => t["A status cannot start in the future."]);
    }
}
