using Microsoft.Extensions.Options;

namespace FitbitPlus.DependencyInjection;

/// <summary>Applies the same rules as the <see cref="FitbitPlusClient"/> constructor, for <c>ValidateOnStart</c>; a named client's errors name it.</summary>
internal sealed class FitbitPlusClientOptionsValidator : IValidateOptions<FitbitPlusClientOptions>
{
    public ValidateOptionsResult Validate(string? name, FitbitPlusClientOptions options)
    {
        var errors = options.GetValidationErrors();
        if (errors.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        return string.IsNullOrEmpty(name)
            ? ValidateOptionsResult.Fail(errors)
            : ValidateOptionsResult.Fail(errors.Select(e => $"FitbitPlus client '{name}': {e}"));
    }
}
