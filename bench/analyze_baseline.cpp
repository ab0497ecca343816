// The `--analyze` baseline: a minimal QCoreApplication that reads the same file and prints a small
// JSON object; joindoctor's whole `--analyze FILE --format json` is measured against it.
#include <cstdio>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: analyze_baseline FILE\n", stderr);
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const QJsonObject o{{QStringLiteral("file"), args.at(1)},
                        {QStringLiteral("bytes"), double(bytes.size())}};
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}
