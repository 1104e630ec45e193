namespace Enbek.Domain.Registry;

/// <summary>How the person gave consent to the processing of personal data.</summary>
public enum ConsentForm
{
    /// <summary>A signed paper form kept in the person's file at the center.</summary>
    Paper,

    /// <summary>A one-time code to the person's phone registered in the mobile citizens' database.</summary>
    SmsCode,

    /// <summary>Given through the e-government portal.</summary>
    EGov,
}
