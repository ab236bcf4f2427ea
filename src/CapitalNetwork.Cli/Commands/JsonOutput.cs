using System.Text.Encodings.Web;
using System.Text.Json;

namespace CapitalNetwork.Cli.Commands;

/// <summary>The JSON that commands print: one indented object (Chinese text as is), numbers that are not finite as null.</summary>
internal static class JsonOutput
{
    /// <summary>Writes one indented JSON object (the body writes its members) and a newline.</summary>
    public static void Write(TextWriter stdout, Action<Utf8JsonWriter> body)
    {
        using var ms = new MemoryStream();
        using (var json = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        stdout.Write(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
        stdout.WriteLine();
    }

    /// <summary>A number, or null when it is not finite.</summary>
    public static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(name, value);
        else json.WriteNull(name);
    }
}
