namespace CapitalNetwork.Measures;

/// <summary>The null model inside the Kojaku–Masuda quality function.</summary>
public enum KojakuMasudaNullModel
{
    /// <summary>Configuration model, expected tie d_i d_j / 2M (KM-config; Kojaku &amp; Masuda 2018,
    /// doi:10.1088/1367-2630/aab547): cores beyond what the nodes' degrees explain. The default.</summary>
    Configuration,

    /// <summary>Erdős–Rényi, expected tie p = 2M / (n(n − 1)) (KM-ER; Kojaku &amp; Masuda 2017,
    /// doi:10.1103/PhysRevE.96.052313): the multi-pair extension of the Borgatti–Everett model.</summary>
    ErdosRenyi,
}
