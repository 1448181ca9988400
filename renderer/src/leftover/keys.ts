// Leftover pieces have no row id (they are computed, not stored): they are named by compound and index.
import type { LeftoverPiece } from '../../../shared/model/leftover';

/** A leftover piece's id on the map and in the panel: "<compound id>:<piece index>". */
export const pieceKey = (compoundId: string, index: number): string => `${compoundId}:${index}`;

export interface PieceRef {
  compoundId: string;
  index: number;
  piece: LeftoverPiece;
}
