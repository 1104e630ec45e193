namespace Enbek.Domain.ReferenceData;

/// <summary>
/// Which MCI a rule uses. From 2022-04-01 to 2022-12-31 there were two: a higher one for payments
/// to people and the earlier one kept for limits, caps, fines and taxes. Each rule says which.
/// </summary>
public enum MciPurpose
{
    /// <summary>Payments to people: assistance, subsidies, grants, resettlement.</summary>
    SocialPayment,

    /// <summary>Limits and caps (loan, guarantee), fines, taxes and other amounts.</summary>
    LimitOrCap,
}
