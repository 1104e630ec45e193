using Microsoft.AspNetCore.Identity;

namespace Enbek.Data.Identity;

public class ApplicationRole : IdentityRole<long>
{
    public ApplicationRole()
    {
    }

    public ApplicationRole(string name)
        : base(name)
    {
    }
}
