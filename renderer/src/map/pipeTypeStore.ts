// The pipe type the next drawn pipeline gets: the toolbar's picker sets it, and editing a pipe's type in the
// attribute panel makes that type the current one ("last used"). Session state, not saved in the project.
import { create } from 'zustand';
import type { PipeType } from '../../../shared/model/pipelines';

export const usePipeType = create<{ type: PipeType }>(() => ({ type: 'water_supply' }));

export const setPipeType = (type: PipeType): void => usePipeType.setState({ type });
