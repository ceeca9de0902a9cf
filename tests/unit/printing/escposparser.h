#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace saduak::test {

// What an 80 mm thermal printer would make of a byte stream: the tests' independent reading of
// ESC/POS, so the encoder is checked against the command set and not against itself.
struct EscPosDocument
{
    QStringList commands; // in order: "ESC @", "GS v 0", "ESC d", "GS V", …
    QList<int> bandRows; // rows of each GS v 0, in order
    QImage raster; // every GS v 0 band stacked: Format_Mono, {white, black}, 1 = black
    int fedLines = 0; // by ESC d
    QString error; // empty when every byte belonged to a known command
};

// Knows the commands a ticket may use: ESC @, ESC d n, ESC J n, ESC a n, LF, GS v 0, GS V (all
// forms), DLE EOT n. Stops at the first unknown or truncated command and says where in error.
EscPosDocument parseEscPos(const QByteArray &bytes);

} // namespace saduak::test
