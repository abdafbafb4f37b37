#include "atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace TrendScope {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    auto fail = [&](QSaveFile &file, const QString &why) {
        file.cancelWriting();
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, why);
        return false;
    };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file, file.errorString());
    if (file.write(data) != data.size())
        return fail(file, file.errorString());
    if (!file.flush())
        return fail(file, file.errorString());
    if (file.error() != QFileDevice::NoError)
        return fail(file, file.errorString());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool isSameFile(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

} // namespace TrendScope
