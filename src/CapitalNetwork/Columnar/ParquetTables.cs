using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace CapitalNetwork.Columnar;

/// <summary>
/// The node and edge tables of <see cref="ParquetNetworkWriter"/> and <see cref="ParquetNetworkReader"/> on Parquet.Net
/// (implementation only): their schemas, one row group per table, and the synchronous faces of Parquet.Net's
/// asynchronous API (run on the thread pool, so a caller's synchronisation context never deadlocks them).
/// </summary>
internal static class ParquetTables
{
    public static readonly DataField<int> NodeIndex = new("index");
    public static readonly DataField<string> Id = new("id", nullable: false);
    public static readonly DataField<string> Label = new("label", nullable: false);
    public static readonly DataField<int?> Code = new("code");
    public static readonly DataField<string> Province = new("province", nullable: true);
    public static readonly DataField<int?> ProvinceCode = new("province_code");
    public static readonly DataField<string> Region = new("region", nullable: true);
    public static readonly DataField<double?> Longitude = new("lon");
    public static readonly DataField<double?> Latitude = new("lat");
    public static readonly DataField<double> RegisteredFunds = new("registered_funds");
    public static readonly DataField<double> FundsIn = new("funds_in");
    public static readonly DataField<double> FundsOut = new("funds_out");
    public static readonly DataField<double> LinksIn = new("links_in");
    public static readonly DataField<double> LinksOut = new("links_out");
    public static readonly DataField<double> CapitalIn = new("capital_in");
    public static readonly DataField<double> CapitalOut = new("capital_out");
    public static readonly DataField<int?> Year = new("year");

    public static readonly DataField<string> Source = new("source", nullable: false);
    public static readonly DataField<string> Target = new("target", nullable: false);
    public static readonly DataField<int> SourceIndex = new("source_index");
    public static readonly DataField<int> TargetIndex = new("target_index");
    public static readonly DataField<double> Funds = new("funds");
    public static readonly DataField<double> Links = new("links");
    public static readonly DataField<double> Capital = new("capital");

    public static readonly ParquetSchema NodeSchema = new(NodeIndex, Id, Label, Code, Province, ProvinceCode, Region, Longitude, Latitude,
        RegisteredFunds, FundsIn, FundsOut, LinksIn, LinksOut, CapitalIn, CapitalOut, Year);

    public static readonly ParquetSchema EdgeSchema = new(Source, Target, SourceIndex, TargetIndex, Funds, Links, Capital, Year);

    public static void WriteNodes(FlowNetwork net, int? year, Stream stream) => Run(async () =>
    {
        var n = net.NodeCount;
        var nodes = net.Nodes;
        await using var writer = await ParquetWriter.CreateAsync(NodeSchema, stream).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string> { ["written_by"] = "CapitalNetwork" };
        using var rg = writer.CreateRowGroup();
        await rg.WriteAsync(NodeIndex, (ReadOnlyMemory<int>)Enumerable.Range(0, n).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Id, nodes.Select(x => x.Id).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Label, nodes.Select(x => x.Label).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Code, (ReadOnlyMemory<int?>)nodes.Select(x => x.Division?.Code).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Province, nodes.Select(x => x.Division?.ProvinceName).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(ProvinceCode, (ReadOnlyMemory<int?>)nodes.Select(x => x.Division?.ProvinceCode).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Region, nodes.Select(x => x.Division is null ? null : x.Region.ToString()).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Longitude, (ReadOnlyMemory<double?>)nodes.Select(x => x.Division?.Longitude).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Latitude, (ReadOnlyMemory<double?>)nodes.Select(x => x.Division?.Latitude).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(RegisteredFunds, (ReadOnlyMemory<double>)Enumerable.Range(0, n).Select(net.RegisteredFunds).ToArray()).ConfigureAwait(false);
        foreach (var (field, weight, incoming) in new[]
                 {
                     (FundsIn, EdgeWeight.Funds, true), (FundsOut, EdgeWeight.Funds, false), (LinksIn, EdgeWeight.Links, true),
                     (LinksOut, EdgeWeight.Links, false), (CapitalIn, EdgeWeight.Capital, true), (CapitalOut, EdgeWeight.Capital, false),
                 })
        {
            var values = Enumerable.Range(0, n).Select(v => incoming ? net.InStrength(v, weight) : net.OutStrength(v, weight)).ToArray();
            await rg.WriteAsync(field, (ReadOnlyMemory<double>)values).ConfigureAwait(false);
        }
        await rg.WriteAsync(Year, (ReadOnlyMemory<int?>)Enumerable.Repeat(year, n).ToArray()).ConfigureAwait(false);
    });

    public static void WriteEdges(FlowNetwork net, int? year, Stream stream) => Run(async () =>
    {
        var m = net.EdgeCount;
        var src = net.Sources.ToArray();
        var dst = net.Targets.ToArray();
        await using var writer = await ParquetWriter.CreateAsync(EdgeSchema, stream).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string> { ["written_by"] = "CapitalNetwork" };
        using var rg = writer.CreateRowGroup();
        await rg.WriteAsync(Source, src.Select(s => net.Nodes[s].Id).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Target, dst.Select(t => net.Nodes[t].Id).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(SourceIndex, (ReadOnlyMemory<int>)src).ConfigureAwait(false);
        await rg.WriteAsync(TargetIndex, (ReadOnlyMemory<int>)dst).ConfigureAwait(false);
        await rg.WriteAsync(Funds, (ReadOnlyMemory<double>)net.Weights(EdgeWeight.Funds).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Links, (ReadOnlyMemory<double>)net.Weights(EdgeWeight.Links).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Capital, (ReadOnlyMemory<double>)net.Weights(EdgeWeight.Capital).ToArray()).ConfigureAwait(false);
        await rg.WriteAsync(Year, (ReadOnlyMemory<int?>)Enumerable.Repeat(year, m).ToArray()).ConfigureAwait(false);
    });

    /// <summary>The columns of a table by name, each as an array of its values (all row groups).</summary>
    public static Dictionary<string, Array> Read(Stream stream, string file, IEnumerable<DataField> wanted) => Run(async () =>
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new NetworkFormatException(file, $"not a readable Parquet file: {e.Message}", null, e);
        }
        await using (reader.ConfigureAwait(false))
        {
            var result = new Dictionary<string, Array>(StringComparer.Ordinal);
            var fields = reader.Schema.GetDataFields();
            foreach (var want in wanted)
            {
                var field = fields.FirstOrDefault(f => f.Name == want.Name)
                    ?? throw new NetworkFormatException(file, $"the table has no column '{want.Name}'; its columns are {string.Join(", ", fields.Select(f => f.Name))}");
                var parts = new List<Array>();
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    using var rg = reader.OpenRowGroupReader(g);
                    parts.Add(await ReadColumn(rg, field, want, file).ConfigureAwait(false));
                }
                result[want.Name] = Concat(parts, want);
            }
            return result;
        }
    });

    // Reads a column whatever its physical type and nullability (other tools such as DuckDB write every column as
    // optional, and may write int64 or float): strings as strings, numbers as double?, then shaped as the column wanted.
    private static async Task<Array> ReadColumn(ParquetRowGroupReader rg, DataField field, DataField want, string file)
    {
        var rows = checked((int)rg.RowCount);
        double?[] numbers;
        try
        {
            if (want is DataField<string>)
            {
                if (field.ClrType != typeof(string) && field.ClrType != typeof(ReadOnlyMemory<char>))
                    throw new NetworkFormatException(file, $"the column '{want.Name}' holds {field.ClrType.Name} values, not text");
                var s = new string?[rows];
                await rg.ReadAsync(field, s.AsMemory()).ConfigureAwait(false);
                return s;
            }
            numbers = await ReadNumbers(rg, field, rows, want, file).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or NetworkFormatException))
        {
            throw new NetworkFormatException(file, $"the column '{want.Name}' cannot be read as the {TypeName(want)} it should be: {e.Message}", null, e);
        }
        if (want is DataField<int?>)
        {
            var a = new int?[rows];
            for (var i = 0; i < rows; i++)
            {
                if (numbers[i] is not { } v) continue;
                if (v != Math.Floor(v) || v < int.MinValue || v > int.MaxValue)
                    throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"row {i + 1}: '{want.Name}' = {v} is not a whole number of 32 bits"));
                a[i] = (int)v;
            }
            return a;
        }
        var d = new double[rows];
        for (var i = 0; i < rows; i++)
            d[i] = numbers[i] ?? throw new NetworkFormatException(file, string.Create(CultureInfo.InvariantCulture, $"row {i + 1}: '{want.Name}' is empty (null)"));
        return d;
    }

    private static async Task<double?[]> ReadNumbers(ParquetRowGroupReader rg, DataField field, int rows, DataField want, string file)
    {
        var t = field.ClrType;
        if (t == typeof(double)) return await Read<double>(rg, field, rows, x => x).ConfigureAwait(false);
        if (t == typeof(float)) return await Read<float>(rg, field, rows, x => x).ConfigureAwait(false);
        if (t == typeof(int)) return await Read<int>(rg, field, rows, x => x).ConfigureAwait(false);
        if (t == typeof(long)) return await Read<long>(rg, field, rows, x => x).ConfigureAwait(false);
        if (t == typeof(short)) return await Read<short>(rg, field, rows, x => x).ConfigureAwait(false);
        throw new NetworkFormatException(file, $"the column '{want.Name}' holds {t.Name} values, not numbers (double, float, int32, int64 or int16 are read)");
    }

    private static async Task<double?[]> Read<T>(ParquetRowGroupReader rg, DataField field, int rows, Func<T, double> convert)
        where T : struct
    {
        var result = new double?[rows];
        if (field.IsNullable)
        {
            var values = new T?[rows];
            await rg.ReadAsync(field, values.AsMemory()).ConfigureAwait(false);
            for (var i = 0; i < rows; i++) result[i] = values[i] is { } v ? convert(v) : null;
        }
        else
        {
            var values = new T[rows];
            await rg.ReadAsync(field, values.AsMemory()).ConfigureAwait(false);
            for (var i = 0; i < rows; i++) result[i] = convert(values[i]);
        }
        return result;
    }

    private static string TypeName(DataField want) => want switch
    {
        DataField<string> => "string",
        DataField<int?> => "nullable int32",
        DataField<int> => "int32",
        DataField<double?> => "nullable double",
        _ => "double",
    };

    private static Array Concat(List<Array> parts, DataField want)
    {
        if (parts.Count == 1) return parts[0];
        var total = parts.Sum(p => p.Length);
        var elementType = parts.Count > 0 ? parts[0].GetType().GetElementType()! : typeof(object);
        var result = Array.CreateInstance(elementType, total);
        var at = 0;
        foreach (var p in parts)
        {
            Array.Copy(p, 0, result, at, p.Length);
            at += p.Length;
        }
        return result;
    }

    /// <summary>The year of a per-year file name (<c>edges-2019.parquet</c> → 2019), or null.</summary>
    public static int? YearOf(string fileName, string prefix)
    {
        var name = Path.GetFileName(fileName);
        if (!name.StartsWith(prefix + "-", StringComparison.Ordinal) || !name.EndsWith(".parquet", StringComparison.Ordinal)) return null;
        var middle = name[(prefix.Length + 1)..^".parquet".Length];
        return int.TryParse(middle, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
    }

    private static void Run(Func<Task> work) => Task.Run(work).GetAwaiter().GetResult();

    private static T Run<T>(Func<Task<T>> work) => Task.Run(work).GetAwaiter().GetResult();
}
