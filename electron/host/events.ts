// The backend emits events through one function given at creation; hosts fan them out to their UIs
// (IPC to every window, SSE to every browser tab). A listener that throws must not stop the others.
import type { EventMap, EventName } from '../../shared/api';

export interface EventMessage<E extends EventName = EventName> {
  event: E;
  payload: EventMap[E];
}

export type EventSink = (message: EventMessage) => void;

export interface EventHub {
  /** Pass this as the backend's `emit`. */
  emit: <E extends EventName>(event: E, payload: EventMap[E]) => void;
  /** Adds a sink for every event; returns the function that removes it. */
  subscribe(sink: EventSink): () => void;
  readonly size: number;
}

export function createEventHub(onSinkError: (error: unknown) => void = (e) => console.error(e)): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(event, payload) {
      const message = { event, payload } as EventMessage;
      for (const sink of [...sinks]) {
        try {
          sink(message);
        } catch (error) {
          onSinkError(error);
        }
      }
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => {
        sinks.delete(sink);
      };
    },
    get size() {
      return sinks.size;
    },
  };
}
