using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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
}
