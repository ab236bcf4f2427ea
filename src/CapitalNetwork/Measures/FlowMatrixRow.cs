namespace CapitalNetwork.Measures;

/// <summary>One group's flow balance for one weight (a row of <see cref="FlowMatrix.Summary"/>).</summary>
/// <param name="Group">Group name.</param>
/// <param name="Label">Display label.</param>
/// <param name="Supplied">Row sum Σ_h M[g, h]: what partners in g put into funds anywhere (local included).</param>
/// <param name="Attracted">Column sum Σ_h M[h, g]: what funds registered in g received from anywhere (local included).</param>
/// <param name="Local">M[g, g]: from partners in g into funds in g.</param>
/// <param name="ExternalInflow">Attracted − Local: received from other groups.</param>
/// <param name="ExternalOutflow">Supplied − Local: sent to other groups.</param>
/// <param name="NetFlow">ExternalInflow − ExternalOutflow (= Attracted − Supplied); positive for a net attractor.</param>
/// <param name="LocalShare">Local / Attracted; NaN when nothing was attracted.</param>
/// <param name="ExternalShare">ExternalInflow / Attracted: the share of the group's registered capital (funds, links) that comes from other groups; NaN when nothing was attracted.</param>
public sealed record FlowMatrixRow(
    string Group,
    string Label,
    double Supplied,
    double Attracted,
    double Local,
    double ExternalInflow,
    double ExternalOutflow,
    double NetFlow,
    double LocalShare,
    double ExternalShare);
