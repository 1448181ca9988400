import type { PipeType } from '../model/pipelines';

/**
 * Pipeline line colours by type, after the colour convention of CJJ 61 (城市地下管线探测技术规程) as commonly
 * reproduced on survey drawings: 给水 sky blue, 排水 (雨水/污水) brown, 燃气 pink-magenta, 热力 orange, 电力 red,
 * 通信 green. What was verified: the official text was not available (the reference search found no copy); the hues
 * above are the convention as designers and survey firms quote it, not checked against the standard's table, and the
 * hex values are our own picks of those hues. Convention only (not in the usual quote): 再生水 a lighter blue-green
 * to tell it from 给水, 管沟 grey, and 雨水 a lighter brown than 污水 so the two drains stay apart.
 */
export const PIPE_COLORS: Record<PipeType, string> = {
  water_supply: '#00a0e9',
  storm: '#b06a34',
  sewer: '#7b4a1e',
  reclaimed: '#3cc0a8',
  gas: '#e4007f',
  heating: '#f39800',
  power: '#e60012',
  telecom: '#009944',
  utility_trench: '#8c8c8c',
};
