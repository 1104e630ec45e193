namespace Enbek.Application.Common;

/// <summary>A record that does not exist or lies outside the actor's scope: both answer 404.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
