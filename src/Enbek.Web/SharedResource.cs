namespace Enbek.Web;

/// <summary>Marker for the portal's shared resources (Resources/SharedResource.*.resx).</summary>
public sealed class SharedResource
{
}
