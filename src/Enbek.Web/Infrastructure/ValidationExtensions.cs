using Enbek.Application.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Infrastructure;

public static class ValidationExtensions
{
    /// <summary>Runs a form's validator and puts its localised messages next to the fields.</summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T model, ModelStateDictionary modelState, string prefix = "")
    {
        var result = await validator.ValidateAsync(model);
        foreach (var failure in result.Errors)
        {
            modelState.AddModelError(prefix.Length == 0 ? failure.PropertyName : $"{prefix}.{failure.PropertyName}", failure.ErrorMessage);
        }

        return modelState.IsValid;
    }

    /// <summary>A service's (field, message key) errors, localised, next to the fields.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ServiceResult result, IStringLocalizer t, string prefix = "")
    {
        foreach (var (field, key) in result.Errors)
        {
            modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", t[key]);
        }
    }
}
